"""Every component ID in one place; tests import the same names."""

# App shell
SHELL_NAV = "shell-nav"
SHELL_NAV_PATIENTS = "shell-nav-patients"
SHELL_NAV_THERAPISTS = "shell-nav-therapists"
SHELL_MENU = "shell-menu"
SHELL_CURRENT = "shell-current"
SHELL_MAIN = "shell-main"
SHELL_MODE = "shell-mode"
SHELL_ACCOUNT = "shell-account"
SHELL_SIGNOUT = "shell-signout"

# Patient page: "Where does it hurt?"
PATIENT_MAP = "patient-map"
PATIENT_SUMMARY = "patient-summary"
PATIENT_COUNT = "patient-count"
PATIENT_STORE = "patient-marks"
PATIENT_HISTORY = "patient-history"
PATIENT_NOTICE = "patient-notice"
PATIENT_EDITOR = "patient-editor"
PATIENT_LEGEND = "patient-legend"
PATIENT_VIEW_SWITCH = "patient-view-switch"
PATIENT_LAYERS = "patient-layers"
PATIENT_ACTIVITIES = "patient-activities"
PATIENT_CANDIDATES = "patient-candidates"
PATIENT_WARNINGS = "patient-warnings"
PATIENT_CANDIDATE = "patient-candidate"
PATIENT_PATTERN_NOTE = "patient-pattern-note"
PATIENT_ANSWERS = "patient-answers"
PATIENT_UNDO = "patient-undo"
PATIENT_UNDONE = "patient-undone"
PATIENT_EDITED = "patient-edited"
PATIENT_PATTERN_PICK = "patient-pattern-pick"
PATIENT_CLEAR = "patient-clear"
PATIENT_CLEAR_DIALOG = "patient-clear-dialog"
PATIENT_CLEAR_CONFIRM = "patient-clear-confirm"
PATIENT_CLEAR_CANCEL = "patient-clear-cancel"
PATIENT_CLEAR_QUESTION = "patient-clear-question"
PATIENT_LEGEND_TITLE = "patient-legend-title"
PATIENT_DRAW_PANEL = "patient-draw-panel"
PATIENT_DRAW_INTENSITY = "patient-draw-intensity"
PATIENT_DRAW_QUALITIES = "patient-draw-qualities"


def patient_card(title: str) -> str:
    """The heading of one titled card in the side column (it names the card)."""
    return "patient-card-" + "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")


def patient_intensity(region: object) -> dict[str, object]:
    """The 0-10 slider of one marked area (`dash.ALL` for every area)."""
    return {"type": "patient-intensity", "region": region}


def patient_qualities(region: object) -> dict[str, object]:
    """The "what does it feel like" choices of one marked area (`dash.ALL` for every area)."""
    return {"type": "patient-qualities", "region": region}


# Therapist atlas
ATLAS_PICKER = "atlas-picker"
ATLAS_SIDE = "atlas-side"
ATLAS_MAP = "atlas-map"
ATLAS_CARD = "atlas-card"
ATLAS_PREV = "atlas-prev"
ATLAS_NEXT = "atlas-next"
ATLAS_LINK = "atlas-link"
ATLAS_PRESENT = "atlas-present"
ATLAS_MODE = "atlas-mode"
ATLAS_ADDRESS = "atlas-address"
ATLAS_ADDRESS_KEPT = "atlas-address-kept"
ATLAS_MUSCLE_NAME = "atlas-muscle-name"
ATLAS_OVERLAY = "atlas-overlay"
ATLAS_KEY = "atlas-key"

# Nerve roots
ROOTS_PICKER = "roots-picker"
ROOTS_SECOND = "roots-second"
ROOTS_DISAGREE = "roots-disagree"
ROOTS_MAPS = "roots-maps"
ROOTS_CARD = "roots-card"
ROOTS_KEY = "roots-key"
ROOTS_PROBLEM = "roots-problem"
ROOTS_ADDRESS = "roots-address"
ROOTS_ADDRESS_KEPT = "roots-address-kept"


def roots_map(map_name: str) -> str:
    """The nerve-root page's map for `map_name` ("classic" or "evidence")."""
    return f"roots-map-{map_name}"


def roots_name(root: str) -> str:
    """The heading of a root's card on the nerve-root page."""
    return f"roots-name-{root}"


# Consultation: the patient's questions, the therapist's findings, the comparison
INTAKE_STORE = "intake-answers"
INTAKE_CHECKED = "intake-checked"  # the answers as the server read them, to be kept
INTAKE_FLAGS = "intake-flags"
INTAKE_PROGRESS = "intake-progress"
FINDINGS_STORE = "exam-findings"
FINDINGS_CHECKED = "findings-checked"
FINDINGS_STATUS = "findings-status"


def form_defaults(store: str) -> str:
    """The answers a form shows where the browser keeps none (ui/forms.py FORM_DEFAULTS)."""
    return f"{store}-defaults"


COMPARE_DATA = "compare-data"
COMPARE_BODY = "compare-body"
COMPARE_DRAWING = "compare-drawing"
COMPARE_ROOT_MAP = "compare-root-map"
COMPARE_MUSCLE_MAP = "compare-muscle-map"
COMPARE_ROOT = "compare-root"
COMPARE_MUSCLE = "compare-muscle"
COMPARE_ROOT_CHOICE = "compare-root-choice"
COMPARE_MUSCLE_CHOICE = "compare-muscle-choice"
COMPARE_ROOT_CAPTION = "compare-root-caption"
COMPARE_MUSCLE_CAPTION = "compare-muscle-caption"
COMPARE_ARM = "compare-arm"  # the arm's prediction rule and differentials


def answer(form: str, field: object) -> dict[str, object]:
    """One answer of a form, "intake" (questions) or "findings" (`dash.ALL` for every one)."""
    return {"type": f"{form}-answer", "field": field}


def session_upper_section(section: object) -> dict[str, object]:
    """A section of the neck, arm, head and jaw warning questions in a session's questions,
    shown where the drawing makes it relevant (`dash.ALL` for every one)."""
    return {"type": "session-upper-section", "section": section}


def phone_upper_section(section: object) -> dict[str, object]:
    """A section of the neck, arm, head and jaw warning questions on the phone intake page,
    shown where the drawing makes it relevant (`dash.ALL` for every one)."""
    return {"type": "phone-upper-section", "section": section}


def ask_now(page: str, field: object) -> dict[str, object]:
    """A warning question asked at once on `page` ("patient" or "compare"), outside the
    questions page; its answer is written to the same stored answers (INTAKE_STORE)."""
    return {"type": "ask-now", "page": page, "field": field}


# Patients and their sessions
PATIENTS_SEARCH = "patients-search"
PATIENTS_ARCHIVED = "patients-archived"
PATIENTS_LIST = "patients-list"
PATIENTS_NAME = "patients-name"
PATIENTS_CREATE = "patients-create"
PATIENTS_MESSAGE = "patients-message"
PATIENT_RECORD = "patient-record"
PATIENT_NEW_SESSION = "patient-new-session"
PATIENT_NEW_MESSAGE = "patient-new-message"
PATIENT_GO = "patient-go"
SESSION_MAP = "session-map"
SESSION_NOTES = "session-notes"
SESSION_STATUS = "session-status"
SESSION_FIELD_STATUS = "session-field-status"
SESSION_AUTOSAVE = "session-autosave"
SESSION_DRAFT = "session-draft"
SESSION_CONFLICT = "session-conflict"
SESSION_CONFLICT_THEIRS = "session-conflict-theirs"
SESSION_SEE_THEIRS = "session-see-theirs"
SESSION_KEEP_MINE = "session-keep-mine"
SESSION_MERGE = "session-merge"
SESSION_EDITOR = "session-editor"
SESSION_SUMMARY = "session-summary"


def patients_archive(patient_id: object) -> dict[str, object]:
    """The archive (or restore) button of one patient in the list."""
    return {"type": "patients-archive", "patient": patient_id}


def session_intensity(region: object) -> dict[str, object]:
    """The 0-10 scale of one marked area on a saved session."""
    return {"type": "session-intensity", "region": region}


def session_qualities(region: object) -> dict[str, object]:
    """What one marked area on a saved session feels like."""
    return {"type": "session-qualities", "region": region}


def session_stretch_remove(muscle: object) -> dict[str, object]:
    """The button that takes one handed-out stretch off a saved session."""
    return {"type": "session-stretch-remove", "muscle": muscle}


PATIENTS_IMPORT = "patients-import"
PATIENTS_IMPORT_MESSAGE = "patients-import-message"
SESSION_TREATMENTS = "session-treatments"
SESSION_T_TECHNIQUE = "session-t-technique"
SESSION_T_MUSCLE = "session-t-muscle"
SESSION_T_SIDE = "session-t-side"
SESSION_T_MINUTES = "session-t-minutes"
SESSION_T_ADD = "session-t-add"
SESSION_T_MESSAGE = "session-t-message"
SESSION_STRETCHES = "session-stretches"
SESSION_S_MUSCLE = "session-s-muscle"
SESSION_S_ADD = "session-s-add"
SESSION_S_MESSAGE = "session-s-message"
PATIENT_EDIT_NAME = "patient-edit-name"
PATIENT_EDIT_NOTES = "patient-edit-notes"
PATIENT_EDIT_SAVE = "patient-edit-save"
PATIENT_EDIT_MESSAGE = "patient-edit-message"
SESSION_ANSWERS = "session-answers"
# The consultation edited on a session: its forms are ids.answer(SESSION_INTAKE_FORM, field)...
SESSION_INTAKE_FORM = "session-intake"
SESSION_FINDINGS_FORM = "session-findings"
SESSION_ACTIVITIES = "session-activities"
SESSION_FLAGS = "session-flags"
SESSION_FLAGS_SHOWN = "session-flags-shown"  # which warning signs are on screen (a store)
SESSION_COMPARE = "session-compare"
SESSION_ARM = "session-arm"  # inside it: the arm's prediction rule and differentials
SESSION_INTAKE_SECTION = "session-intake-section"
SESSION_INTAKE_WARNINGS = "session-intake-warnings"  # inside it: a link there opens it
SESSION_FINDINGS_SECTION = "session-findings-section"
SESSION_ACTIVITIES_SECTION = "session-activities-section"
# Where each section shows the autosave's state, beside what is being changed.
SESSION_SECTION_STATUS = (
    "session-activities-status",
    "session-intake-status",
    "session-findings-status",
)
PATIENT_LINK_MAKE = "patient-link-make"
PATIENT_LINK_SHOWN = "patient-link-shown"
PATIENT_LINK_ID = "patient-link-id"
PATIENT_LINK_REVOKE = "patient-link-revoke"
PATIENT_LINK_MESSAGE = "patient-link-message"
# A walk-in without a record, on the Patients page: a record and its intake link in one step
PATIENTS_LINK_MAKE = "patients-link-make"
PATIENTS_LINK_SHOWN = "patients-link-shown"

# The patient's own phone, with an intake link (/intake/<token>)
PHONE_SETUP = "phone-setup"
PHONE_FORM = "phone-form"
PHONE_MAP = "phone-map"
PHONE_VIEW_SWITCH = "phone-view-switch"
PHONE_DRAW_PANEL = "phone-draw-panel"
PHONE_DRAW_INTENSITY = "phone-draw-intensity"
PHONE_DRAW_QUALITIES = "phone-draw-qualities"
PHONE_EDITOR = "phone-editor"
PHONE_WARNING_QUESTIONS = "phone-warning-questions"
PHONE_PAIN_QUESTIONS = "phone-pain-questions"
PHONE_ACTIVITIES = "phone-activities"
PHONE_WARNING = "phone-warning"
PHONE_CHART = "phone-chart"
PHONE_ANSWERS = "phone-answers"
PHONE_SEND = "phone-send"
PHONE_MESSAGE = "phone-message"
# One link's draft in this browser (assets/phone.js): as read back, its notice, one to forget.
PHONE_DRAFT = "phone-draft"
PHONE_NOTICE = "phone-notice"
PHONE_GONE = "phone-gone"
PHONE_FORM_NAME = "phone"  # the form name of its questions (ids.answer) and warning questions


def phone_intensity(region: object) -> dict[str, object]:
    """The 0-10 choice of one marked area on the phone's page (`dash.ALL` for every area)."""
    return {"type": "phone-intensity", "region": region}


def phone_qualities(region: object) -> dict[str, object]:
    """What one marked area feels like, on the phone's page (`dash.ALL` for every area)."""
    return {"type": "phone-qualities", "region": region}


# "Finished: clear this device", on every walk-in page (map, questions, findings, compare)
DEVICE_FINISH = "device-finish"
DEVICE_DIALOG = "device-dialog"
DEVICE_QUESTION = "device-question"
DEVICE_CONFIRM = "device-confirm"
DEVICE_CANCEL = "device-cancel"
DEVICE_CLEARED = "device-cleared"
DEVICE_SETUP = "device-setup"
# Everything the walk-in pages keep in this browser's storage, by its storage key.
DEVICE_KEYS = (PATIENT_STORE, PATIENT_HISTORY, INTAKE_STORE, FINDINGS_STORE)
# Drafts of the patient's phone page, one per intake link ("phone-draft-" and a hash): a link
# opened on a clinic device leaves one, and "Finished" forgets every one.
DEVICE_KEY_PREFIXES = ("phone-draft-",)

# "Save to a patient", beside it: everything on the device goes to a new session of a patient
HANDOVER_OPEN = "handover-open"
HANDOVER_PANEL = "handover-panel"
HANDOVER_TITLE = "handover-title"
HANDOVER_NAME = "handover-name"
HANDOVER_FOUND = "handover-found"
HANDOVER_CHOICES = "handover-choices"
HANDOVER_SAVE = "handover-save"
HANDOVER_CANCEL = "handover-cancel"
HANDOVER_MESSAGE = "handover-message"
HANDOVER_SETUP = "handover-setup"
