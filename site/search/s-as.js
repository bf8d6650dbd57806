DossierSearch.shard("as", {"asia":"0.1,2.1,1.2,1.2","asian":"0.6","assembly":"1.6","assess":"2.6","assumed":"0.6","assuring":"4.6"});
