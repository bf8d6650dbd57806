DossierSearch.shard("br", {"breaks":"3.6","brexit":"4.6","bri":"3.6","bring":"2.4,1.4","britain":"2.6"});
