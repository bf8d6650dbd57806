DossierSearch.shard("16", {"16":"3.6"});
