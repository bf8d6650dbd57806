DossierSearch.shard("16", {"16":"2.6"});
