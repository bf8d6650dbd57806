DossierSearch.shard("14", {"145":"3.6"});
