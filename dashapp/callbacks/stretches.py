"""The stretches handed out on a saved session: hand one out, take one off, saved at once.

Like the treatment log, this part is never written by the autosave: each change is saved onto
the session as it is now (its current version), so it adds to what someone else saved rather
than overwriting it, and a refusal is said beside the list with nothing written.
"""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, ctx, html, no_update

from dashapp import store
from dashapp.callbacks import inputs
from dashapp.services import Services, local_zone
from dashapp.store.mapping import stretches_of
from dashapp.ui import ids
from dashapp.ui.components.stretches import stretch_rows

# A save that lost a race is made again on the session as it now is: two quick taps on Add
# send two requests at once, and the second is no change made elsewhere to warn about.
ATTEMPTS = 3


def register(app: Dash, services: Services) -> None:
    """The stretches' one callback."""

    @app.callback(
        Output(ids.SESSION_STRETCHES, "children"),
        Output(ids.SESSION_S_MESSAGE, "children"),
        Input(ids.SESSION_S_ADD, "n_clicks"),
        Input(ids.session_stretch_remove(ALL), "n_clicks"),
        State(ids.SESSION_S_MUSCLE, "value"),
        State(ids.SESSION_AUTOSAVE, "data"),
        prevent_initial_call=True,
    )
    def change(_add, _removes, muscle, setup):
        if not ctx.triggered or not ctx.triggered[0]["value"]:
            return no_update, no_update  # a Remove button drawn anew, not pressed
        removed = ctx.triggered_id.get("muscle") if isinstance(ctx.triggered_id, dict) else None
        visit_id = inputs.record_id(inputs.mapping(setup).get("visit"))
        try:
            handed, said = _saved_now(services, visit_id, muscle, removed)
        except store.StoreError as problem:
            return no_update, html.Span(f"Not saved: {_why(problem)}", className="error")
        return stretch_rows(services.atlas, handed), said


def _saved_now(
    services: Services, visit_id: int, muscle: object, removed: object
) -> tuple[tuple[str, ...], str]:
    """`_saved` in a transaction of its own, made again when another save came in between."""
    for _ in range(ATTEMPTS - 1):
        try:
            with services.db.begin() as db:
                return _saved(db, services, visit_id, muscle, removed)
        except store.ConflictError:
            continue
    with services.db.begin() as db:
        return _saved(db, services, visit_id, muscle, removed)


def _saved(
    db, services: Services, visit_id: int, muscle: object, removed: object
) -> tuple[tuple[str, ...], str]:
    """Hand out `muscle`'s stretch, or take `removed`'s off, on the session as it is now; the
    stretches then held, and what was done in words."""
    visit = store.get_visit(db, visit_id)
    held = list(stretches_of(visit, services.vocabulary))
    if removed is not None:
        wanted, said = [m for m in held if m != removed], "Removed."
    elif muscle in held:
        return tuple(held), "Already handed out."
    else:
        wanted, said = [*held, muscle], "Handed out."
    saved = store.save_visit(
        db, visit.id, visit.version, stretches=wanted, known=services.vocabulary
    )
    services.audit(
        db, "change", patient_id=visit.patient_id, visit_id=visit.id, outcome="stretches"
    )
    return stretches_of(saved, services.vocabulary), said


def _why(problem: store.StoreError) -> str:
    """The store's refusal in words; a conflict's time in the reader's own zone."""
    return problem.said(local_zone()) if isinstance(problem, store.ConflictError) else str(problem)
