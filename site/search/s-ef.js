DossierSearch.shard("ef", {"effective":"3.6","effort":"0.6","efforts":"1.7,1.4"});
