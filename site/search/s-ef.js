DossierSearch.shard("ef", {"effective":"4.6","effect~":"4.6","effort":"0.6","efforts":"2.7,1.4","effort~":"2.7,1.4"});
