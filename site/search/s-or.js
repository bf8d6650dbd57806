DossierSearch.shard("or", {"order":"0.4,1.3,3.3"});
