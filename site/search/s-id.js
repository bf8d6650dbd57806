DossierSearch.shard("id", {"ideals":"3.6","identified":"2.6","ideological":"1.4,1.4"});
