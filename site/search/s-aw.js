DossierSearch.shard("aw", {"aware":"4.8","awar~":"4.8","away":"1.6"});
