"""Page layouts, each a function of the data it is given (dashapp.pages loads that data)."""
