DossierSearch.shard("00", {"000":"1.6"});
