DossierSearch.shard("je", {"jens":"1.9"});
