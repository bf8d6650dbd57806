DossierSearch.shard("ir", {"iran":"3.9"});
