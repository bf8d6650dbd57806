DossierSearch.shard("kr", {"kremlin":"1.4,3.4"});
