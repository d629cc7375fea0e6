"""Everything a person sees: component IDs, page layouts and builders."""
