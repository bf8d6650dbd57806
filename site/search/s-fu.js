DossierSearch.shard("fu", {"full":"2.6","fulli~":"1.4,1.4","fully":"1.4,1.4","furthermore":"1.4,3.4","furthermor~":"1.4,3.4"});
