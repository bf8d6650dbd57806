DossierSearch.shard("fu", {"full":"1.6","fully":"1.4,3.4","furthermore":"3.4,1.4"});
