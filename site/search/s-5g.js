DossierSearch.shard("5g", {"5g":"3.6"});
