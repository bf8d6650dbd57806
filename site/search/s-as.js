DossierSearch.shard("as", {"asia":"0.1,1.2,2.1,1.2","asian":"0.6","assembly":"2.6","assembl~":"2.6","assess":"3.6","assumed":"0.6","assum~":"0.6","assuring":"1.6","assur~":"1.6"});
