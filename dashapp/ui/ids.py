"""Every component ID in one place; tests import the same names."""

# App shell
SHELL_NAV = "shell-nav"
SHELL_MAIN = "shell-main"

# Patient page: "Where does it hurt?"
PATIENT_MAP = "patient-map"
PATIENT_SUMMARY = "patient-summary"
PATIENT_COUNT = "patient-count"
