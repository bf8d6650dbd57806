DossierSearch.shard("aw", {"aware":"3.8","away":"4.6"});
