DossierSearch.shard("vo", {"voices":"3.6","voic~":"3.6","vowing":"2.6","vow~":"2.6"});
