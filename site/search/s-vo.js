DossierSearch.shard("vo", {"voices":"2.6","vowing":"1.6"});
