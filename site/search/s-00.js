DossierSearch.shard("00", {"000":"2.6"});
