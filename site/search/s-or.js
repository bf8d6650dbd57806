DossierSearch.shard("or", {"order":"0.4,3.3,1.3"});
