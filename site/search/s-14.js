DossierSearch.shard("14", {"145":"4.6"});
