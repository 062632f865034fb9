"""Reading and writing other formats: Ecomap JSON, easyNWK, GraphML and CSV."""
