DossierSearch.shard("19", {"1970s":"0.6"});
