DossierSearch.shard("5g", {"5g":"2.6"});
