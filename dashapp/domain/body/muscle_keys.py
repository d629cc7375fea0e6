"""The atlas muscle keys the referral zones and trigger-point markers may use, by body area.

One tuple per area, so a new group of muscles is a new tuple here, not an edit of the loader.
"""

from __future__ import annotations

LOW_BACK_HIP_LEG = tuple(
    "quadratus_lumborum iliopsoas gluteus_maximus gluteus_medius gluteus_minimus_anterior"
    " gluteus_minimus_posterior piriformis deep_rotators tensor_fasciae_latae"
    " semitendinosus_semimembranosus biceps_femoris adductor_magnus adductor_longus_brevis"
    " rectus_femoris vastus_lateralis vastus_medialis gastrocnemius soleus tibialis_anterior"
    " peronei multifidus iliocostalis_lumborum longissimus_thoracis rectus_abdominis_lower".split()
)
ARM_HAND = tuple(
    "coracobrachialis biceps_brachii brachialis triceps_long_head triceps_medial_head"
    " triceps_lateral_head anconeus brachioradialis extensor_carpi_radialis_longus"
    " extensor_carpi_radialis_brevis extensor_carpi_ulnaris extensor_digitorum supinator"
    " palmaris_longus flexor_carpi_radialis flexor_carpi_ulnaris flexor_digitorum pronator_teres"
    " adductor_pollicis opponens_pollicis first_dorsal_interosseous".split()
)
NECK_HEAD_JAW = tuple(
    "upper_trapezius middle_trapezius lower_trapezius levator_scapulae sternocleidomastoid_sternal"
    " sternocleidomastoid_clavicular scalenes splenius_capitis splenius_cervicis"
    " semispinalis_capitis suboccipitals cervical_multifidi occipitalis temporalis masseter"
    " lateral_pterygoid medial_pterygoid digastric frontalis".split()
)
SHOULDER_TRUNK = tuple(
    "supraspinatus infraspinatus teres_minor teres_major subscapularis latissimus_dorsi"
    " rhomboids serratus_posterior_superior serratus_anterior pectoralis_major_clavicular"
    " pectoralis_major_sternal pectoralis_major_costal pectoralis_minor subclavius"
    " deltoid_anterior deltoid_middle deltoid_posterior iliocostalis_thoracis sternalis"
    " external_oblique".split()
)
MUSCLE_KEYS = LOW_BACK_HIP_LEG + NECK_HEAD_JAW + SHOULDER_TRUNK + ARM_HAND
