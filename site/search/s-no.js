DossierSearch.shard("no", {"non":"1.6","nord":"2.6","normalisation":"1.6","normalise":"1.6","normalising":"1.9","normative":"4.8","north":"3.9","noted":"1.4,1.4","notion":"0.9","november":"2.6"});
