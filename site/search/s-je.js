DossierSearch.shard("je", {"jens":"2.9","jen~":"2.9"});
