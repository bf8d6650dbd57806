DossierSearch.shard("vl", {"vladimir":"1.4,1.4,1.4"});
