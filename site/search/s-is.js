DossierSearch.shard("is", {"issue":"2.6","issues":"0.2,1.1,1.1,1.2"});
