DossierSearch.shard("vl", {"vladimir":"1.2,1.2,1.2,1.2"});
