DossierSearch.shard("va", {"value":"1.6","values":"4.6","valu~":"1.4,3.4","various":"0.4,4.6"});
