DossierSearch.shard("id", {"ideals":"4.6","ideal~":"4.6","identified":"3.6","identifi~":"3.6","ideological":"2.4,1.4","ideolog~":"2.4,1.4"});
