"""Pure PainMap logic: geometry, atlas, lookup. Nothing here imports Dash."""
