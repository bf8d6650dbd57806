DossierSearch.shard("ir", {"iran":"4.9"});
