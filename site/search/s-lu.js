DossierSearch.shard("lu", {"lunar":"0.6"});
