DossierSearch.shard("bu", {"build":"0.4,1.4","building":"2.9"});
