"""Storage: models, engines, migrations and the one module of dialect differences."""
