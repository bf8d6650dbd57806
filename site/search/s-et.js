DossierSearch.shard("et", {"etc":"4.6"});
