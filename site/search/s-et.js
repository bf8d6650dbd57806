DossierSearch.shard("et", {"etc":"1.6"});
