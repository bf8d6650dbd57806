DossierSearch.shard("kn", {"know":"4.6","knows":"3.6","know~":"3.6"});
