DossierSearch.shard("br", {"breaks":"4.6","break~":"4.6","brexit":"1.6","bri":"4.6","bring":"3.4,1.4","britain":"3.6"});
