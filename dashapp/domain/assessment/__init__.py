"""The assessment: one request (marks, activities, answers, findings, in the pages' words)
read strictly (`parse_request`), then the red flags, the gate, the comparison, the root fits
and the muscle fits worked out by the sciatica and atlas rules (`assess`), and the vocabulary
a request may use (`vocabulary`). Educational only: never a diagnosis.
"""

from dashapp.domain.assessment.request import MAX_MARKS, AssessmentRequest, parse_request
from dashapp.domain.assessment.result import MAX_MUSCLES, MAX_ROOTS, NOTE, assess, plain
from dashapp.domain.assessment.vocabulary import vocabulary

__all__ = [
    "MAX_MARKS",
    "MAX_MUSCLES",
    "MAX_ROOTS",
    "NOTE",
    "AssessmentRequest",
    "assess",
    "parse_request",
    "plain",
    "vocabulary",
]
