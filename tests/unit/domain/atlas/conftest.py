"""The atlas's muscles, listed once for every atlas test, and the shipped data they read.

The groups follow the atlas's own order (muscles.csv): the low back, hip and leg first, then the
arm and hand, the neck, head and jaw, and the shoulder girdle and trunk.
"""

from __future__ import annotations

import pytest

from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.body.geometry import load_views
from dashapp.domain.body.muscles import load_muscle_outlines
from dashapp.domain.body.zones import load_referral_zones, load_trigger_points

LOW_BACK_AND_LEG = (
    "quadratus_lumborum",
    "iliopsoas",
    "gluteus_maximus",
    "gluteus_medius",
    "gluteus_minimus_anterior",
    "gluteus_minimus_posterior",
    "piriformis",
    "deep_rotators",
    "tensor_fasciae_latae",
    "semitendinosus_semimembranosus",
    "biceps_femoris",
    "adductor_magnus",
    "adductor_longus_brevis",
    "rectus_femoris",
    "vastus_lateralis",
    "vastus_medialis",
    "gastrocnemius",
    "soleus",
    "tibialis_anterior",
    "peronei",
    "multifidus",
    "iliocostalis_lumborum",
    "longissimus_thoracis",
    "rectus_abdominis_lower",
)
ARM_AND_HAND = (
    "coracobrachialis",
    "biceps_brachii",
    "brachialis",
    "triceps_long_head",
    "triceps_medial_head",
    "triceps_lateral_head",
    "anconeus",
    "brachioradialis",
    "extensor_carpi_radialis_longus",
    "extensor_carpi_radialis_brevis",
    "extensor_carpi_ulnaris",
    "extensor_digitorum",
    "supinator",
    "palmaris_longus",
    "flexor_carpi_radialis",
    "flexor_carpi_ulnaris",
    "flexor_digitorum",
    "pronator_teres",
    "adductor_pollicis",
    "opponens_pollicis",
    "first_dorsal_interosseous",
)
NECK_HEAD_AND_JAW = (
    "upper_trapezius",
    "middle_trapezius",
    "lower_trapezius",
    "levator_scapulae",
    "sternocleidomastoid_sternal",
    "sternocleidomastoid_clavicular",
    "scalenes",
    "splenius_capitis",
    "splenius_cervicis",
    "semispinalis_capitis",
    "suboccipitals",
    "cervical_multifidi",
    "occipitalis",
    "temporalis",
    "masseter",
    "lateral_pterygoid",
    "medial_pterygoid",
    "digastric",
    "frontalis",
)
SHOULDER_GIRDLE = (
    "supraspinatus",
    "infraspinatus",
    "teres_minor",
    "teres_major",
    "subscapularis",
    "latissimus_dorsi",
    "rhomboids",
    "serratus_posterior_superior",
    "serratus_anterior",
    "pectoralis_major_clavicular",
    "pectoralis_major_sternal",
    "pectoralis_major_costal",
    "pectoralis_minor",
    "subclavius",
    "deltoid_anterior",
    "deltoid_middle",
    "deltoid_posterior",
    "iliocostalis_thoracis",
    "sternalis",
    "external_oblique",
)
MUSCLE_IDS = LOW_BACK_AND_LEG + ARM_AND_HAND + NECK_HEAD_AND_JAW + SHOULDER_GIRDLE


# The shipped atlas and geometry are read-only reference data, so one load serves every test.
@pytest.fixture(scope="session")
def atlas():
    return load_atlas()


@pytest.fixture(scope="session")
def views():
    return load_views()


@pytest.fixture(scope="session")
def zones(views, atlas):
    return load_referral_zones(views=views, muscles=atlas.muscle_ids)


@pytest.fixture(scope="session")
def outlines(views):
    """Every muscle's drawn outline, on each side and view."""
    return load_muscle_outlines(views=views)


@pytest.fixture(scope="session")
def markers(views, atlas):
    """Every trigger point's marker, on each side."""
    return load_trigger_points(views=views, muscles=atlas.muscle_ids)
