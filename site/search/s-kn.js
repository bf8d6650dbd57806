DossierSearch.shard("kn", {"know":"3.6","knows":"2.6"});
