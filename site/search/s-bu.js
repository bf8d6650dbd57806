DossierSearch.shard("bu", {"build":"0.4,2.4","building":"3.9","build~":"3.9"});
