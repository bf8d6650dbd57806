DossierSearch.shard("kr", {"kremlin":"3.4,1.4"});
